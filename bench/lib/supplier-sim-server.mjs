// The supplier simulator (packages/supplier-sim) in a process of its own, for the bench's docking step: its CPU
// is then its own (read from /proc by the bench), not the api's. argv[2]: the simulator's options as JSON.
// Prints "SIM <base url>" once listening; faults and stats through POST/GET <base>/control; SIGTERM stops it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SupplierSimulator } = require('../../packages/supplier-sim/dist/index.js');

const sim = new SupplierSimulator(JSON.parse(process.argv[2] ?? '{}'));
const url = await sim.listen(0);
process.stdout.write(`SIM ${url}\n`);
process.on('SIGTERM', () => {
  void sim.close().finally(() => process.exit(0));
});
