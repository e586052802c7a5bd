// What a commune page says when no verified notice of its ward police is saved on this phone, and how
// residents get one.

/** `pending`: kept in the layout but unseen and unread while the saved notices load. */
export function NoNotice({ label, pending = false }: { label: string; pending?: boolean }) {
  return (
    <p class={pending ? 'place-notices__none invisible' : 'place-notices__none'} aria-hidden={pending ? 'true' : undefined}>
      Trên điện thoại này chưa lưu thông báo nào đã xác thực của công an {label}. Công an phường, xã gửi thông báo bằng đường
      liên kết hoặc mã QR; ứng dụng kiểm tra chữ ký rồi mới cho lưu.
    </p>
  );
}
