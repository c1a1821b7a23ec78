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
  // One untagged traversal from all the articles: it yields every
  // mentions quad's entity, one per article and entity, so the count of an
  // entity is the number of articles it shares. (A traversal costs tens of
  // microseconds however little it reads; a tagged one from many nodes
  // is slower on the key-value stores.)
  var arts = zIRIs(zV(ents).in(P_MENTIONS).toArray());
  var others = arts.length > 0 ? zV(arts).out(P_MENTIONS).toArray() : [];
  for (var j = 0; j < others.length; j++) {
    var o = zIRI(others[j]);
    if (o === null || self[o]) { continue; }
    if (!counts[o]) { counts[o] = 0; names.push(o); }
    counts[o]++;
  }
}
// Rank by count first: only the entities that can make the list (those
// sharing at least as many articles as the top-th) need their labels for
// the tie-break, and only the rows emitted need their types.
names.sort(function (x, y) { return counts[y] - counts[x]; });
var cut = names.length > limit ? counts[names[limit - 1]] : 0, rows = [];
for (var n = 0; n < names.length && counts[names[n]] >= cut; n++) {
  rows.push({node: names[n], name: zLabel(names[n]), shared: counts[names[n]]});
}
rows.sort(function (x, y) {
  return y.shared - x.shared || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0);
});
for (var r = 0; r < rows.length && r < limit; r++) {
  var types = g.V(rows[r].node).out(RDF_TYPE).toArray(1), type = types.length > 0 ? zLabel(zIRI(types[0])) : "";
  g.emit({name: rows[r].name, type: type, shared: rows[r].shared});
}
