package breach

// CitedOnce reports whether ref is in the table of citations worked out at
// initialisation.
func CitedOnce(ref string) bool { _, ok := citations[ref]; return ok }
