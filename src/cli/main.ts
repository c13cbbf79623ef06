#!/usr/bin/env node
// The command line: the add-in's actions on .xlsx files, for batch work and machines without Excel.
import { processOutput } from './output';
import { run } from './run';

run(process.argv.slice(2), processOutput).then((code) => {
  process.exitCode = code;
});
