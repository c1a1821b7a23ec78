// name: industries
// doc: Industries and products of a place and of the places and organizations under it, with their source articles.
// param: place — the place's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)
var units = zUnder(zFind(place));
var rows = [];
if (units.length > 0) {
  var hits = zV(units).tag("unit").out(P_INDUSTRY).tag("product").tagArray(), seen = {};
  for (var i = 0; i < hits.length; i++) {
    var unit = zIRI(hits[i].unit), product = zIRI(hits[i].product), k = unit + "|" + product;
    if (product === null || seen[k]) { continue; }
    seen[k] = true;
    var ev = zEvidence(unit, P_INDUSTRY, product);
    if (ev.length === 0) { ev = [{article: null, sentence: ""}]; }
    for (var j = 0; j < ev.length; j++) {
      rows.push({unit: zLabel(unit), product: zLabel(product),
        article: ev[j].article === null ? "" : zLabel(ev[j].article), sentence: ev[j].sentence});
    }
  }
}
rows.sort(zByKeys(["unit", "product", "article", "sentence"]));
for (var r = 0; r < rows.length; r++) { g.emit(rows[r]); }
