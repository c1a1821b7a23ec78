// name: path
// doc: A shortest chain of relations between two entities (breadth-first from both ends, either direction), one row per step, for Visualize.
// param: from — the first entity's label, e.g. 张明
// param: to — the second entity's label, e.g. 四川省
// param: depth — the longest chain to look for (default: 6)
var maxDepth = parseInt(depth, 10);
if (isNaN(maxDepth) || maxDepth < 1) { throw new Error("depth must be a positive integer, got " + depth); }
// Bidirectional breadth-first search: each round expands, by one full
// level, the side (from or to) whose frontier is cheaper to expand, so hubs
// (posts such as 县委书记, provinces) are crossed from their cheap side when
// possible. A node's cost is read with a probe of at most HUB_PROBE edge
// quads, which is its whole neighbourhood unless the node is a hub; a hub
// counts as HUB_COST. A round visits its frontier in IRI order and each
// node's neighbours in IRI order, and stops at the first node the other
// side has reached: every such meeting closes a chain of the same, shortest
// length, and the order makes the choice among them deterministic.
var HUB_PROBE = 300, HUB_COST = 3000;
var starts = zFind(from), goalList = zFind(to), zNbs = {}, zHubs = {};
function zSide(list) {
  var side = {parent: {}, frontier: zUniq(list).sort(), depth: 0, level: {}};
  for (var i = 0; i < side.frontier.length; i++) { side.parent[side.frontier[i]] = null; side.level[side.frontier[i]] = 0; }
  return side;
}
function zProbe(node) {
  if (zNbs[node] !== undefined || zHubs[node]) { return; }
  var r = g.V(node).both(ENTITY_PREDS).toArray(HUB_PROBE);
  if (r.length < HUB_PROBE) { zNbs[node] = zIRIs(r).sort(); } else { zHubs[node] = true; }
}
// zNeighbours: the entities linked to node by an entity relation, either direction, in IRI order.
function zNeighbours(node) {
  zProbe(node);
  if (zNbs[node] === undefined) { zNbs[node] = zIRIs(g.V(node).both(ENTITY_PREDS).toArray()).sort(); }
  return zNbs[node];
}
// zCost: the estimated cost of expanding side's frontier, counted until it passes bound.
function zCost(side, bound) {
  var c = 0;
  for (var i = 0; i < side.frontier.length && c <= bound; i++) {
    var n = side.frontier[i];
    zProbe(n);
    c += zHubs[n] ? HUB_COST : zNbs[n].length + 1;
  }
  return c;
}
// zBridge: before side expands a frontier that holds a hub, look for an
// edge from a non-hub node of other's frontier to side's frontier: it
// closes a chain of the length the expansion would find, and spares the
// hub. Returns [node of side, node of other], or null.
function zBridge(side, other) {
  var hub = false;
  for (var i = 0; i < side.frontier.length && !hub; i++) { hub = zHubs[side.frontier[i]] === true; }
  if (!hub) { return null; }
  for (var j = 0; j < other.frontier.length; j++) {
    var y = other.frontier[j];
    zProbe(y);
    if (zHubs[y]) { continue; }
    var ns = zNbs[y];
    for (var k = 0; k < ns.length; k++) {
      if (side.level[ns[k]] === side.depth) { return [ns[k], y]; }
    }
  }
  return null;
}
// zExpand: one level of side; returns [b, b] for the first node b that other has reached, or null.
function zExpand(side, other) {
  var next = [];
  for (var i = 0; i < side.frontier.length; i++) {
    var a = side.frontier[i], ns = zNeighbours(a);
    for (var j = 0; j < ns.length; j++) {
      var b = ns[j];
      if (side.parent.hasOwnProperty(b)) { continue; }
      side.parent[b] = a;
      side.level[b] = side.depth + 1;
      next.push(b);
      if (other.parent.hasOwnProperty(b)) { return [b, b]; }
    }
  }
  side.frontier = next.sort();
  side.depth++;
  return null;
}
var fwd = zSide(starts), bwd = zSide(goalList), meet = null;
for (var s0 = 0; s0 < fwd.frontier.length && meet === null; s0++) {
  if (bwd.parent.hasOwnProperty(fwd.frontier[s0])) { meet = [fwd.frontier[s0], fwd.frontier[s0]]; }
}
while (meet === null && fwd.depth + bwd.depth < maxDepth && fwd.frontier.length > 0 && bwd.frontier.length > 0) {
  var small = fwd.frontier.length <= bwd.frontier.length ? fwd : bwd, large = small === fwd ? bwd : fwd;
  var cs = zCost(small, Infinity), cl = zCost(large, cs);
  var x = cl < cs ? large : small, y = x === fwd ? bwd : fwd, bridge = zBridge(x, y);
  meet = bridge !== null ? bridge : zExpand(x, y);
  if (meet !== null && x === bwd) { meet = [meet[1], meet[0]]; }
}
if (meet !== null) {
  var nodes = [];
  // meet is [a node fwd reached, the same or a neighbour that bwd reached]
  for (var n = meet[0]; n !== null; n = fwd.parent[n]) { nodes.unshift(n); }
  if (meet[1] !== meet[0]) { nodes.push(meet[1]); }
  for (var m = bwd.parent[meet[1]]; m !== null; m = bwd.parent[m]) { nodes.push(m); }
  // each step's relation: the first entity predicate, in ENTITY_PREDS
  // order, that links the two nodes, forward before backward
  for (var c = 0; c + 1 < nodes.length; c++) {
    var a = nodes[c], b = nodes[c + 1], subj = null, obj = null, pred = null;
    for (var i = 0; i < ENTITY_PREDS.length && pred === null; i++) {
      var p = ENTITY_PREDS[i];
      if (g.V(a).out(p).is(b).toArray(1).length > 0) { subj = a; obj = b; pred = p; }
      else if (g.V(b).out(p).is(a).toArray(1).length > 0) { subj = b; obj = a; pred = p; }
    }
    g.emit({step: c + 1, source: {"@id": zLabel(subj)}, target: {"@id": zLabel(obj)}, predicate: zLabel(pred)});
  }
}
