import { useNational } from '../data/content-context.ts';
import { usePageMeta, SITE_NAME } from '../ui/use-page-meta.ts';

/** "Hôm nay": the first screen. */
export default function Home() {
  const national = useNational();
  usePageMeta({ title: SITE_NAME, description: 'Chiến dịch, mô hình và số liệu của phong trào Toàn dân bảo vệ an ninh Tổ quốc, dùng được cả khi không có mạng.' });
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Hôm nay</h1>
      <ul>
        <li>{national.articles.length} bài viết</li>
        <li>{national.campaigns.length} chiến dịch, ngày lễ</li>
        <li>{national.figures.length} số liệu</li>
        <li>{national.hotlines.length} đường dây nóng</li>
      </ul>
    </section>
  );
}
