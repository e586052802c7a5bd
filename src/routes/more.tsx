// "Thêm": the screens that do not fit in the bottom bar.
import { usePageMeta } from '../ui/use-page-meta.ts';

const ITEMS = [
  { href: '/dia-phuong/', label: 'Địa phương', text: '34 tỉnh, thành và 3.321 phường, xã: chọn nơi bạn ở' },
  { href: '/chien-dich/', label: 'Chiến dịch, ngày lễ', text: 'Khi nào, căn cứ, người dân có thể làm gì' },
  { href: '/bai-viet/', label: 'Bài viết', text: 'Toàn văn, số liệu chính và nguồn' },
  { href: '/so-lieu/', label: 'Số liệu', text: 'Các con số chính, lọc theo chủ đề và nơi' },
  { href: '/tin/', label: 'Tin của công an phường, xã', text: 'Tin được ký số, tự kiểm tra trên máy; tin đã lưu' },
  { href: '/tin/can-bo/', label: 'Dành cho công an phường, xã: ký tin', text: 'Tạo khóa trên điện thoại, soạn, ký và chia sẻ tin' },
  { href: '/duong-day-nong/', label: 'Đường dây nóng', text: '113, 114, 115, 111, 112 và cách báo tin' },
  { href: '/huong-dan/', label: 'Hướng dẫn cho người dân', text: 'Tự phòng, tự quản, tự bảo vệ, tự hòa giải' },
  { href: '/cai-dat/', label: 'Cài đặt', text: 'Nơi bạn ở, cỡ chữ, dữ liệu và cập nhật' },
] as const;

export default function More() {
  usePageMeta({ title: 'Thêm', description: 'Chiến dịch, bài viết, số liệu, đường dây nóng, hướng dẫn và cài đặt.' });
  return (
    <>
      <h1>Thêm</h1>
      <ul class="menu">
        {ITEMS.map((i) => (
          <li key={i.href}>
            <a href={i.href}>
              <span class="menu__label">{i.label}</span>
              <span class="menu__text">{i.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
