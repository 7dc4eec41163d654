// Runs the embedded Firestore emulator until killed. Loaded with require():
// the package's ESM entry is broken (an import without its .js).
import { createRequire } from 'node:module';

const { FirestoreServer } = createRequire(import.meta.url)('@firestore-emulator/server') as {
  FirestoreServer: new () => { start: (port: number) => Promise<void> };
};
const port = Number(process.argv[2]);
await new FirestoreServer().start(port);
console.log(`embedded Firestore listening on 127.0.0.1:${port}`);
