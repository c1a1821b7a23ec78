// name: cooccurring
// doc: Entities mentioned in the same articles as an entity, ranked by the number of articles they share.
// param: entity — the entity's label, e.g. 通江县 (or an IRI <…>, or a key such as person/张明)
// param: top — how many entities to list (default: 20)
var limit = parseInt(top, 10);
if (isNaN(limit) || limit < 1) { throw new Error("top must be a positive integer, got " + top); }
var ents = zFind(entity), self = {};
for (var e = 0; e < ents.length; e++) { self[ents[e]] = true; }
var counts = {}, names = [];
if (ents.length > 0) {
  var arts = zIRIs(zV(ents).in(P_MENTIONS).toArray());
  if (arts.length > 0) {
    var hits = zV(arts).tag("article").out(P_MENTIONS).tag("other").tagArray(), seen = {};
    for (var i = 0; i < hits.length; i++) {
      var o = zIRI(hits[i].other), a = zIRI(hits[i].article), k = o + "|" + a;
      if (o === null || self[o] || seen[k]) { continue; }
      seen[k] = true;
      if (!counts[o]) { counts[o] = 0; names.push(o); }
      counts[o]++;
    }
  }
}
var rows = [];
for (var n = 0; n < names.length; n++) {
  var types = g.V(names[n]).out(RDF_TYPE).toArray(), type = types.length > 0 ? zLabel(zIRI(types[0])) : "";
  rows.push({name: zLabel(names[n]), type: type, shared: counts[names[n]]});
}
rows.sort(function (x, y) { return y.shared - x.shared || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0); });
for (var r = 0; r < rows.length && r < limit; r++) { g.emit(rows[r]); }
