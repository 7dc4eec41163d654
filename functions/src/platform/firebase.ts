import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';

/*
 * Firebase starts on first use, not at import: a module that only names a
 * collection or a record type loads nothing, and a tool sets the emulators'
 * hosts and its project before its first read (testing/functionsData.ts).
 */
const app = (): App => getApps()[0] ?? initializeApp();
export const firestore = () => getFirestore(app());
export const auth = () => getAuth(app());

export const toTimestamp = (ms: number) => Timestamp.fromMillis(ms);
export const toIso = (value: Timestamp | null | undefined) => (value ? value.toDate().toISOString() : null);

/**
 * A write refused by its precondition (gRPC's NOT_FOUND and ALREADY_EXISTS): an update() or delete({ exists: true })
 * that found no document, a create() that found one. The batch it was in wrote nothing.
 */
export const foundNoDocument = (error: unknown) => (error as { code?: unknown }).code === 5;
export const foundADocument = (error: unknown) => (error as { code?: unknown }).code === 6;
