// What a commune page says when no verified notice of its ward police is saved on this phone, and how
// residents get one.
/** Said when no verified notice of this commune is saved on this phone. */
export function NoNotice({ label }: { label: string }) {
  return (
    <p class="place-notices__none">
      Trên điện thoại này chưa lưu thông báo nào đã xác thực của công an {label}. Công an phường, xã gửi thông báo bằng đường
      liên kết hoặc mã QR; ứng dụng kiểm tra chữ ký rồi mới cho lưu.
    </p>
  );
}
