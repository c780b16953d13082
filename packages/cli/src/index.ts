#!/usr/bin/env node
// The `shuangjiang` command. Each sub-command lives in src/commands/<name>.ts and exports `register(program)`.
import { Command } from 'commander';
import { register as registerBackup } from './commands/backup.js';
import { register as registerBatch } from './commands/batch.js';
import { register as registerImport } from './commands/import.js';
import { register as registerIndicators } from './commands/indicators.js';
import { register as registerJobs } from './commands/jobs.js';
import { register as registerReport } from './commands/report.js';
import { register as registerServer } from './commands/server.js';
import { register as registerTemplate } from './commands/template.js';

const program = new Command();
program
  .name('shuangjiang')
  .description('双降 Shuangjiang — administrative litigation reduction platform / 行政诉讼“双下降”工作平台')
  .version('0.1.0');

// Sub-commands register themselves here (one line each).
registerServer(program);
registerBatch(program);
registerImport(program);
registerTemplate(program);
registerJobs(program);
registerBackup(program);
registerIndicators(program);
registerReport(program);

await program.parseAsync(process.argv);
