import { createCatalog } from './src/actions/catalog.js';
import { backupStandins } from './tests/support/backup-standins.js';
import { parseFallback } from './src/intents/fallback.js';
const cat = [...createCatalog(), ...backupStandins()];
const nodes = ['g3s-01','g3s-02','g3s-03','g3s-04','local'].map(id=>({id,name:id}));
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(parseFallback(t, nodes, cat)));
