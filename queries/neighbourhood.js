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
// The walk steps from one node at a time: a step from one node reads that
// node's index entries for one predicate, while a step from a whole
// frontier at once made Cayley read every quad of every node in it. The
// frontier is still walked breadth first, in the order nodes were found.
// The walk is a function, so the program ends with no value of its own.
function zWalk() {
  for (var d = 0; d < maxDepth && frontier.length > 0; d++) {
    var next = [];
    for (var n = 0; n < frontier.length; n++) {
      var node = frontier[n];
      for (var i = 0; i < ENTITY_PREDS.length; i++) {
        var p = ENTITY_PREDS[i];
        var outs = zIRIs(g.V(node).out(p).toArray()), ins = zIRIs(g.V(node).in(p).toArray());
        for (var j = 0; j < outs.length + ins.length; j++) {
          var isOut = j < outs.length, other = isOut ? outs[j] : ins[j - outs.length];
          if (other === null) { continue; }
          if (isOut) { zAddEdge(node, p, other); } else { zAddEdge(other, p, node); }
          if (!visited[other]) { visited[other] = true; next.push(other); }
        }
      }
    }
    frontier = next;
  }
}
zWalk();
