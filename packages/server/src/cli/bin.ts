#!/usr/bin/env node
// The `samverkan-server` command (see cli.ts).
import { run } from './cli.js';

run(process.argv.slice(2));
