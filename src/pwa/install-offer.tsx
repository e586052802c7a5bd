// Installing the app: Chromium's own prompt behind our button, step-by-step help on iPhone/iPad,
// and, inside Zalo's or Facebook's browser (which cannot install), a hint to open the real browser.
import { useState } from 'preact/hooks';
import { copyText } from './copy-text.ts';
import { installPrompt } from './install-state.ts';
import type { InstallOffer as Offer } from './use-install-offer.ts';

export function InstallOffer({ offer }: { offer: Offer }) {
  if (offer.kind === 'in-app') return <InAppHint app={offer.app} onClose={offer.close} />;
  if (offer.kind === 'ios') return <IosSteps onLater={offer.later} />;
  const install = async () => {
    installPrompt.set(null); // a prompt can be shown once
    await offer.prompt.prompt();
    const { outcome } = await offer.prompt.userChoice;
    if (outcome === 'dismissed') offer.later();
  };
  return (
    <div class="pwa-notice" role="region" aria-label="Cài ứng dụng">
      <p class="pwa-notice__text">Cài ứng dụng lên màn hình chính để mở nhanh và dùng cả khi mất mạng.</p>
      <div class="pwa-notice__actions">
        <button type="button" class="button" onClick={install}>
          Cài ứng dụng
        </button>
        <button type="button" class="button secondary" onClick={offer.later}>
          Để sau
        </button>
      </div>
    </div>
  );
}

function IosSteps({ onLater }: { onLater: () => void }) {
  return (
    <div class="pwa-notice" role="region" aria-labelledby="ios-install-title">
      <p class="pwa-notice__text" id="ios-install-title">
        <strong>Cài ứng dụng lên iPhone, iPad</strong> để mở nhanh và dùng cả khi mất mạng:
      </p>
      <ol class="pwa-steps">
        <li>
          Nhấn nút <strong>Chia sẻ</strong> (ô vuông có mũi tên hướng lên) trên thanh công cụ của Safari.
        </li>
        <li>
          Kéo xuống, chọn <strong>Thêm vào MH chính</strong>.
        </li>
        <li>
          Nhấn <strong>Thêm</strong> ở góc trên bên phải.
        </li>
      </ol>
      <div class="pwa-notice__actions">
        <button type="button" class="button secondary" onClick={onLater}>
          Để sau
        </button>
      </div>
    </div>
  );
}

function InAppHint({ app, onClose }: { app: string; onClose: () => void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div class="pwa-notice" role="region" aria-label="Mở bằng trình duyệt">
      <p class="pwa-notice__text">
        Bạn đang xem trong {app}. Để cài ứng dụng và dùng khi mất mạng, hãy mở trang này bằng trình duyệt: nhấn nút <strong>⋯</strong> ở
        góc màn hình, rồi chọn <strong>Mở bằng trình duyệt</strong>.
      </p>
      <div class="pwa-notice__actions">
        <button type="button" class="button" onClick={async () => setCopied(await copyText(location.href))}>
          Chép liên kết
        </button>
        <button type="button" class="button secondary" onClick={onClose}>
          Đóng
        </button>
      </div>
      <p class="pwa-notice__status" role="status">
        {copied === true ? 'Đã chép liên kết' : copied === false ? `Không chép được; liên kết: ${location.href}` : ''}
      </p>
    </div>
  );
}
