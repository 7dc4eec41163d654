/** Tokyo: the job seekers and their data are in Japan (Firestore is in the same location). */
export const REGION = 'asia-northeast1';
