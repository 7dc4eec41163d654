import { formatJapanTime, type TrustedDeviceView } from '@hellowork/contracts';

/** Each browser that skips the OTP, with its own 解除 button. */
export function TrustedDeviceTable({ devices, onRevoke }: { devices: TrustedDeviceView[]; onRevoke: (device: TrustedDeviceView) => void }) {
  return (
    <table className="device-table">
      <caption>省略する設定がされている端末・ブラウザ</caption>
      <thead>
        <tr>
          <th scope="col">端末・ブラウザ</th>
          <th scope="col">設定日時</th>
          <th scope="col">最終利用日時</th>
          <th scope="col">有効期限</th>
          <th scope="col">
            <span className="visually-hidden">操作</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {devices.map((device) => (
          <tr key={device.id}>
            <th scope="row">
              {device.label}
              {device.current && <span className="badge">この端末</span>}
            </th>
            <td data-label="設定日時">{formatJapanTime(device.createdAt)}</td>
            <td data-label="最終利用日時">{formatJapanTime(device.lastUsedAt)}</td>
            <td data-label="有効期限">{formatJapanTime(device.expiresAt)}</td>
            <td>
              <button type="button" className="secondary" onClick={() => onRevoke(device)}>
                解除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
