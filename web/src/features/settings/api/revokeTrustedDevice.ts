import { useMutation } from '@tanstack/react-query';
import { revokeTrustedDeviceRequestSchema, type RevokeTrustedDeviceRequest } from '@hellowork/contracts';
import { callApi } from '../../../lib/api';
import { useInvalidateSettings } from './invalidateSettings';

export const revokeTrustedDeviceInputSchema = revokeTrustedDeviceRequestSchema;
export type RevokeTrustedDeviceInput = RevokeTrustedDeviceRequest;

/** One browser from the list of 省略する設定がされている端末・ブラウザ. */
export const revokeTrustedDevice = (input: RevokeTrustedDeviceInput) =>
  callApi('revokeTrustedDevice', revokeTrustedDeviceInputSchema.parse(input), { signedIn: true });

export function useRevokeTrustedDevice() {
  return useMutation({
    mutationFn: revokeTrustedDevice,
    onSettled: useInvalidateSettings(),
  });
}
