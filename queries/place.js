// name: place
// doc: A place's chain of parents up to the province, then the places under it that the graph holds.
// param: place — the place's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)
var starts = zFind(place);
function placeRow(node, relation, depth) {
  // counted by the engine: a province is named in tens of thousands of
  // articles, and reading their IRIs into the program cost far more than
  // counting them (one mentions quad per article and entity)
  var n = g.V(node).in(P_MENTIONS).count();
  return {relation: relation, depth: depth, name: zLabel(node), code: zValue(node, P_CODE), articles: n};
}
for (var i = 0; i < starts.length; i++) {
  var self = starts[i];
  g.emit(placeRow(self, "self", 0));
  var up = zReach([self], zOutOf(P_LOCATED_IN)), ups = [];
  for (var u = 0; u < up.length; u++) { ups.push(placeRow(up[u].node, "parent", up[u].depth)); }
  ups.sort(zByKeys(["depth", "name"]));
  for (var a = 0; a < ups.length; a++) { g.emit(ups[a]); }
  // the type is checked node by node, each check one exact index key
  var down = zReach([self], zInOf(P_LOCATED_IN)), downs = [];
  for (var d = 0; d < down.length; d++) {
    var c = down[d].node;
    if (g.V(c).has(RDF_TYPE, C_PLACE).toArray(1).length > 0) { downs.push(placeRow(c, "child", down[d].depth)); }
  }
  downs.sort(zByKeys(["depth", "name"]));
  for (var b = 0; b < downs.length; b++) { g.emit(downs[b]); }
}
