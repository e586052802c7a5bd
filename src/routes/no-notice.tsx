// What a commune page says where its ward police's verified notices go, and how residents get one.
// The same words whether the saved notices are still being read or none is saved: the prerendered
// page shows them at once and nothing changes when the app has looked (no layout shift, and no later,
// larger paint that would become the page's LCP).

export function NoNotice({ label }: { label: string }) {
  return (
    <p class="place-notices__none">
      Thông báo đã xác thực của công an {label} mà bạn lưu trên điện thoại này sẽ hiện ở đây. Công an phường, xã gửi thông
      báo bằng đường liên kết hoặc mã QR; ứng dụng kiểm tra chữ ký rồi mới cho lưu.
    </p>
  );
}
