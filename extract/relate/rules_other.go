package relate

// otherRules are the main cues in Azerbaijani, Turkish and Russian.
var otherRules = []rule{}
