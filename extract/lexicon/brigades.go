package lexicon

// BrigadeLevels end the names of a fire, forest-fire or police brigade and
// of its units, highest first (森林消防总队, 呼伦贝尔支队, 根河大队); a unit is
// named after the place it serves.
var BrigadeLevels = []string{"总队", "支队", "大队", "中队"}
