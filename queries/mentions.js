// name: mentions
// doc: The articles that mention an entity, with the sentences that state facts about it.
// param: entity — the entity's label, e.g. 通江县 (or an IRI <…>, or a key such as person/张明)
var ents = zFind(entity);
var rows = [];
if (ents.length > 0) {
  var arts = zIRIs(zV(ents).in(P_MENTIONS).toArray());
  // the sentences of the entity's facts, by article: read once, not per article
  var byArticle = {};
  for (var e = 0; e < ents.length; e++) {
    // the entity's evidence nodes, then their articles and sentences,
    // each read with one traversal for all
    var nodes = zIRIs(g.V(ents[e]).in(P_SUBJECT).toArray()).concat(zIRIs(g.V(ents[e]).in(P_OBJECT).toArray()));
    zFirsts(nodes, P_ARTICLE);
    zFirsts(nodes, P_SENTENCE);
    for (var s = 0; s < nodes.length; s++) {
      var k = zIRI(zFirst(nodes[s], P_ARTICLE));
      if (!byArticle.hasOwnProperty(k)) { byArticle[k] = []; }
      byArticle[k].push(zText(zFirst(nodes[s], P_SENTENCE)));
    }
  }
  zFirsts(arts, RDFS_LABEL);
  zFirsts(arts, P_DATE);
  zFirsts(arts, P_SOURCE);
  for (var i = 0; i < arts.length; i++) {
    var a = arts[i];
    var texts = byArticle.hasOwnProperty(a) ? byArticle[a] : [];
    texts = zUniq(texts).sort();
    if (texts.length === 0) { texts = [""]; }
    for (var t = 0; t < texts.length; t++) {
      rows.push({article: zLabel(a), date: zValue(a, P_DATE), source: zValue(a, P_SOURCE), sentence: texts[t]});
    }
  }
}
rows.sort(zByKeys(["date", "article", "sentence"]));
for (var r = 0; r < rows.length; r++) { g.emit(rows[r]); }
