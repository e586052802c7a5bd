// Links shared before every place had its own page, /mo-hinh/?tinh=<province>[&phuong=<commune>] and
// nothing else, now mean that place's page. Only /mo-hinh/ loads this, in <head>, so the browser moves
// on before it paints the models list: no visible jump. The ids are checked like every URL parameter
// (a slug, as src/routes/query.ts's SlugParam); an unknown place lands on the not-found page.
(function () {
  var query = new URLSearchParams(location.search);
  var slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var ok = function (v) { return v !== null && v.length <= 120 && slug.test(v); };
  var tinh = query.get('tinh');
  var phuong = query.get('phuong');
  var other = false;
  query.forEach(function (_value, key) { if (key !== 'tinh' && key !== 'phuong') other = true; });
  if (other || !ok(tinh) || (phuong !== null && !ok(phuong))) return;
  location.replace('/dia-phuong/' + tinh + '/' + (phuong ? phuong + '/' : ''));
})();
