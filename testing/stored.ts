import { db } from '../scripts/lib/functionsData';

/** What Firestore holds, as an attacker with a copy of the database would see it. */
export const storedDocument = async (path: string): Promise<Record<string, any> | undefined> => (await db.doc(path).get()).data();
export const storedCollection = async (path: string): Promise<Record<string, any>[]> =>
  (await db.collection(path).get()).docs.map((doc) => ({ id: doc.id, ...doc.data() }));
