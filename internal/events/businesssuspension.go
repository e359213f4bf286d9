package events

// businessSuspension says whether trigger t is a company announcing a
// suspension of its own work with the bare noun "suspension" (CAMEO 160,
// reducing relations): "Toyota announced a suspension of production at two
// plants", "the mining company announced a suspension of operations at its
// mine in Ghana". A company pausing its own business reduces no relations
// between political actors, as the verb "cancel" for its own plans does not
// (businessCancel). A state's or a body's suspension ("Chile announced the
// suspension of diplomatic relations") keeps its coding, as do the longer
// noun patterns ("suspension of aid", "suspension of talks").
func businessSuspension(p *Pattern, t *trigger, src group) bool {
	return t.nominal && len(p.Words) == 1 && p.Words[0] == "suspension" && p.Type == "SANCTION" && businessOnly(src)
}
