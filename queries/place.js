// name: place
// doc: A place's chain of parents up to the province, then the places under it that the graph holds.
// param: place — the place's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)
var starts = zFind(place);
function placeRow(node, relation, depth) {
  var arts = zIRIs(g.V(node).in(P_MENTIONS).toArray());
  return {relation: relation, depth: depth, name: zLabel(node), code: zValue(node, P_CODE), articles: arts.length};
}
for (var i = 0; i < starts.length; i++) {
  var self = starts[i];
  g.emit(placeRow(self, "self", 0));
  var up = g.V(self).followRecursive(P_LOCATED_IN, -1, ["depth"]).tagArray(), ups = [], seen = {};
  for (var u = 0; u < up.length; u++) {
    var n = zIRI(up[u].id);
    if (n !== null && !seen[n]) { seen[n] = true; ups.push(placeRow(n, "parent", up[u].depth)); }
  }
  ups.sort(zByKeys(["depth", "name"]));
  for (var a = 0; a < ups.length; a++) { g.emit(ups[a]); }
  var down = g.V(self).followRecursive(g.M().in(P_LOCATED_IN), -1, ["depth"]).has(RDF_TYPE, C_PLACE).tagArray(), downs = [];
  seen = {};
  for (var d = 0; d < down.length; d++) {
    var c = zIRI(down[d].id);
    if (c !== null && !seen[c]) { seen[c] = true; downs.push(placeRow(c, "child", down[d].depth)); }
  }
  downs.sort(zByKeys(["depth", "name"]));
  for (var b = 0; b < downs.length; b++) { g.emit(downs[b]); }
}
