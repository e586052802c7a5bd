import { usePageMeta } from '../ui/use-page-meta.ts';

/** Unknown paths and unknown ids: say so plainly and offer the way home and to the main screens. */
export default function NotFound() {
  usePageMeta({ title: 'Không tìm thấy trang', description: 'Địa chỉ này không có trong ứng dụng.', noindex: true });
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong ứng dụng, hoặc nội dung đã được gỡ. Có thể đường dẫn bị gõ sai hoặc bị cắt mất một phần.</p>
      <p>
        <a class="button" href="/">
          Về trang Hôm nay
        </a>
      </p>
      <h2>Hoặc xem</h2>
      <ul class="link-list">
        <li>
          <a href="/lich/">Lịch chiến dịch, ngày lễ</a>
        </li>
        <li>
          <a href="/mo-hinh/">Mô hình an ninh trật tự</a>
        </li>
        <li>
          <a href="/tim-kiem/">Tìm kiếm</a>
        </li>
        <li>
          <a href="/duong-day-nong/">Đường dây nóng</a>
        </li>
      </ul>
    </section>
  );
}
