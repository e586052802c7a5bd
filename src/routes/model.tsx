// One model: locality (the new name, and the name the source used), what it does, since when,
// counts, caveat, related articles and sources. Listings are read from the store (IndexedDB).
import { useRoute } from 'preact-iso';
import type { Model } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useResource } from '../data/use-resource.ts';
import { BackLink } from '../ui/back-link.tsx';
import { formatNumber, formatPartialDate } from '../ui/format.ts';
import { RelatedArticles } from '../ui/related-articles.tsx';
import { SourceList } from '../ui/source-list.tsx';
import { MODEL_KIND_LABELS, MODEL_STATUS_LABELS, modelStatusText, TOPIC_LABELS } from '../ui/topics.ts';
import { todayInVietnam } from '../lib/vn-date.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { modelsHref } from './models-query.ts';
import NotFound from './not-found.tsx';
import { findLocality, sourceNameDiffers, wardLabel } from './places.ts';
import { modelOldUnitPlace } from '../content/old-units.ts';
import { readParam, SlugParam } from './query.ts';
import { modelKey } from './resource-keys.ts';
import { resolveSources } from './sources.ts';

export default function ModelPage() {
  const { params } = useRoute();
  const id = readParam(SlugParam, params['id']);
  return id ? <ModelLoader id={id} /> : <NotFound />;
}

function ModelLoader({ id }: { id: string }) {
  const store = useContent();
  const model = useResource(modelKey(id), () => store.model(id));
  if (model.status === 'done') return model.value ? <ModelView model={model.value} /> : <NotFound />;
  return <Pending failed={model.status === 'error'} />;
}

function Pending({ failed }: { failed: boolean }) {
  usePageMeta({ title: 'Mô hình', description: 'Thông tin một mô hình an ninh trật tự ở cơ sở.' });
  return (
    <>
      <BackLink href="/mo-hinh/" label="Mô hình" />
      <h1>Mô hình</h1>
      {failed ? <p role="alert">Chưa tải được mô hình này. Hãy thử lại khi có mạng.</p> : <p role="status">Đang tải…</p>}
    </>
  );
}

function ModelView({ model }: { model: Model }) {
  const national = useNational();
  usePageMeta({ title: model.name, description: model.description });
  const { province, ward } = findLocality(national.provinces, model.locality.province, model.locality.ward);
  const old = modelOldUnitPlace(model, province);
  const statusText = modelStatusText(model, todayInVietnam());
  const where = [old ?? (ward ? wardLabel(ward) : null), province?.name ?? model.locality.province].filter(Boolean).join(', ');
  const articles = model.articles.map((a) => national.articles.find((x) => x.id === a)).filter((a) => a !== undefined);
  return (
    <article class="detail">
      <BackLink href={modelsHref({ province: model.locality.province })} label={`Mô hình ở ${province?.name ?? 'địa phương'}`} />
      <h1>{model.name}</h1>
      <p class="meta">
        {MODEL_KIND_LABELS[model.kind]} · {model.topics.map((t) => TOPIC_LABELS[t]).join(', ')}
      </p>
      <dl class="facts">
        <div>
          <dt>Địa bàn</dt>
          <dd>
            {where}
            {!old && sourceNameDiffers(model.locality.asInSource, ward?.name ?? province?.name ?? '') ? (
              <span class="meta"> Nguồn ghi: “{model.locality.asInSource}” (tên trước khi sắp xếp năm 2025)</span>
            ) : null}
          </dd>
        </div>
        {model.since ? (
          <div>
            <dt>Từ khi</dt>
            <dd>{formatPartialDate(model.since)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Tình trạng</dt>
          <dd>
            {statusText}
            {statusText === MODEL_STATUS_LABELS[model.status] ? null : <span class="meta"> (nguồn khi đó ghi: {MODEL_STATUS_LABELS[model.status].toLocaleLowerCase('vi')}; chưa rõ hiện nay)</span>}
          </dd>
        </div>
      </dl>
      <h2>Mô hình làm gì</h2>
      <p>{model.description}</p>
      {model.counts?.length ? (
        <ul class="numbers">
          {model.counts.map((c) => (
            <li key={c.label}>
              <span class="numbers__value">{formatNumber(c.value)}</span> {c.label}
            </li>
          ))}
        </ul>
      ) : null}
      {model.caveat ? (
        <p class="caveat">
          <strong>Lưu ý: </strong>
          {model.caveat}
        </p>
      ) : null}
      {ward?.note && !model.caveat ? <p class="meta">{ward.note}</p> : null}
      <RelatedArticles id="model-articles" title="Bài viết nói về mô hình" articles={articles} />
      <SourceList sources={resolveSources(model.sources, national)} />
    </article>
  );
}
