// A titled part of a view; its heading names it for screen readers (and the tests).
import type { ReactNode } from 'react';
import { useStyles } from '../styles';

export function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A titled list of cards (findings, sources, conflicts, files). */
export function ListSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Section id={id} title={title}>
      <ul className={styles.list}>{children}</ul>
    </Section>
  );
}
