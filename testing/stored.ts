import { firestore } from './functionsData';

/** What Firestore holds, as an attacker with a copy of the database would see it. */
export const storedDocument = async (path: string): Promise<Record<string, any> | undefined> => (await firestore().doc(path).get()).data();
export const storedCollection = async (path: string): Promise<Record<string, any>[]> =>
  (await firestore().collection(path).get()).docs.map((doc) => ({ id: doc.id, ...doc.data() }));
