import { weighModules } from '../bench/sizes';

const r = await weighModules(process.argv[2] ?? 'entrypoints/background.ts');
console.log(r.rebundled);
for (const m of r.modules) console.log(String(m.bytes).padStart(7), m.module);
