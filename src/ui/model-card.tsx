// A model listing in a list: name (link), kind and status, place.
import type { Model } from '../content/schema.ts';
import { formatPartialDate } from './format.ts';
import { modelPath } from './paths.ts';
import { todayInVietnam } from '../lib/vn-date.ts';
import { MODEL_KIND_LABELS, modelStatusText } from './topics.ts';

export function ModelCard({ model, place }: { model: Model; place: string }) {
  return (
    <article class="card">
      <h3>
        <a href={modelPath(model.id)}>{model.name}</a>
      </h3>
      <p class="meta">
        {MODEL_KIND_LABELS[model.kind]} · {modelStatusText(model, todayInVietnam())}
        {model.since ? ` · từ ${formatPartialDate(model.since)}` : ''}
      </p>
      <p class="meta">{place}</p>
    </article>
  );
}
