// name: path
// doc: A shortest chain of relations between two entities (breadth-first, either direction), one row per step, for Visualize.
// param: from — the first entity's label, e.g. 张明
// param: to — the second entity's label, e.g. 四川省
// param: depth — the longest chain to look for (default: 6)
var maxDepth = parseInt(depth, 10);
if (isNaN(maxDepth) || maxDepth < 1) { throw new Error("depth must be a positive integer, got " + depth); }
var starts = zFind(from), goals = {}, goalList = zFind(to), prev = {}, found = null;
for (var t = 0; t < goalList.length; t++) { goals[goalList[t]] = true; }
var frontier = [];
for (var s0 = 0; s0 < starts.length; s0++) {
  prev[starts[s0]] = null;
  frontier.push(starts[s0]);
  if (goals[starts[s0]]) { found = starts[s0]; }
}
for (var d = 0; d < maxDepth && found === null && frontier.length > 0; d++) {
  var next = [];
  for (var i = 0; i < ENTITY_PREDS.length && found === null; i++) {
    var p = ENTITY_PREDS[i];
    var steps = [
      {rows: zV(frontier).tag("a").out(p).tag("b").tagArray(), forward: true},
      {rows: zV(frontier).tag("a").in(p).tag("b").tagArray(), forward: false}
    ];
    for (var k = 0; k < steps.length && found === null; k++) {
      var rs = steps[k].rows;
      rs.sort(function (x, y) { var a = zIRI(x.a) + zIRI(x.b), b = zIRI(y.a) + zIRI(y.b); return a < b ? -1 : a > b ? 1 : 0; });
      for (var j = 0; j < rs.length; j++) {
        var a = zIRI(rs[j].a), b = zIRI(rs[j].b);
        if (a === null || b === null || prev.hasOwnProperty(b)) { continue; }
        prev[b] = {from: a, pred: p, forward: steps[k].forward};
        next.push(b);
        if (goals[b]) { found = b; break; }
      }
    }
  }
  frontier = next;
}
if (found !== null) {
  var chain = [];
  for (var n = found; prev[n] !== null; n = prev[n].from) { chain.unshift({node: n, step: prev[n]}); }
  for (var c = 0; c < chain.length; c++) {
    var st = chain[c].step, subj = st.forward ? st.from : chain[c].node, obj = st.forward ? chain[c].node : st.from;
    g.emit({step: c + 1, source: {"@id": zLabel(subj)}, target: {"@id": zLabel(obj)}, predicate: zLabel(st.pred)});
  }
}
