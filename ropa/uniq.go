package ropa

// uniq collects distinct values in the order they first appear. It scans a
// short list and switches to a map when the list grows, so that hostile
// input with thousands of elements stays linear.
type uniq[T comparable] struct {
	list []T
	set  map[T]struct{}
}

const uniqScanMax = 16

// has reports whether v has been added.
func (u *uniq[T]) has(v T) bool {
	if u.set != nil {
		_, ok := u.set[v]
		return ok
	}
	for _, x := range u.list {
		if x == v {
			return true
		}
	}
	return false
}

// add adds v and reports whether it was new.
func (u *uniq[T]) add(v T) bool {
	if u.has(v) {
		return false
	}
	u.list = append(u.list, v)
	if u.set != nil {
		u.set[v] = struct{}{}
	} else if len(u.list) > uniqScanMax {
		u.set = make(map[T]struct{}, 2*len(u.list))
		for _, x := range u.list {
			u.set[x] = struct{}{}
		}
	}
	return true
}
