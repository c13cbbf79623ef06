#!/usr/bin/env node
// The command line: the add-in's actions on .xlsx files, for batch work and machines without Excel.
import { processOutput } from './output';
import { run } from './run';

// Output piped into `head` or `more` that stops reading: the reader has what it wanted; end quietly
// instead of a stack trace (what was written is complete up to there; files are written before).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

run(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
