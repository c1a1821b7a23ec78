// name: neighbourhood
// doc: The entities around an entity up to a depth, as source/target rows named by label, for the UI's Visualize view.
// param: entity — the entity's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)
// param: depth — how many steps to follow, in either direction (default: 2)
var maxDepth = parseInt(depth, 10);
if (isNaN(maxDepth) || maxDepth < 1) { throw new Error("depth must be a positive integer, got " + depth); }
// Rows are emitted as they are found, so a query limit stops the walk
// (and its label lookups) once enough rows are out.
var frontier = zFind(entity), visited = {}, edges = {};
for (var f = 0; f < frontier.length; f++) { visited[frontier[f]] = true; }
function zAddEdge(s, p, o, next) {
  var k = s + "|" + p + "|" + o;
  if (!edges[k]) {
    edges[k] = true;
    g.emit({source: {"@id": zLabel(s)}, target: {"@id": zLabel(o)}, predicate: zLabel(p)});
  }
}
// the walk is a function, so the program ends with no value of its own
function zWalk() {
  for (var d = 0; d < maxDepth && frontier.length > 0; d++) {
    var next = [];
    for (var i = 0; i < ENTITY_PREDS.length; i++) {
      var p = ENTITY_PREDS[i];
      var outs = zV(frontier).tag("s").out(p).tag("o").tagArray();
      var ins = zV(frontier).tag("o").in(p).tag("s").tagArray();
      var both = outs.concat(ins);
      for (var j = 0; j < both.length; j++) {
        var s = zIRI(both[j].s), o = zIRI(both[j].o);
        if (s === null || o === null) { continue; }
        zAddEdge(s, p, o);
        var ends = [s, o];
        for (var e = 0; e < 2; e++) {
          if (!visited[ends[e]]) { visited[ends[e]] = true; next.push(ends[e]); }
        }
      }
    }
    frontier = next;
  }
}
zWalk();
