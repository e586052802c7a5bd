import { usePageMeta } from '../ui/use-page-meta.ts';

/** Unknown paths and unknown ids. */
export default function NotFound() {
  usePageMeta({ title: 'Không tìm thấy trang', description: 'Địa chỉ này không có trong ứng dụng.', noindex: true });
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong ứng dụng, hoặc nội dung đã được gỡ.</p>
      <p>
        <a href="/">Về trang Hôm nay</a>
      </p>
    </section>
  );
}
