import { login } from './lib/server.js';

const c = await login(process.argv[2]!, process.argv[3]!, process.argv[4]!);
process.stdout.write(c);
