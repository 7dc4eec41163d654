import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';

const app = initializeApp();
export const db = getFirestore(app);
export const auth = getAuth(app);

export const toTimestamp = (ms: number) => Timestamp.fromMillis(ms);
export const toIso = (value: Timestamp | null | undefined) => (value ? value.toDate().toISOString() : null);
