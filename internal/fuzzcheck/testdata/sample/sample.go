package sample

type Level uint8

type Record struct{}

func ParseLevel(s string) (Level, error)              { return 0, nil }
func ParseJSON[T Record | Level](b []byte) (T, error) { var v T; return v, nil }
func NewThing() Record                                { return Record{} }
func parseHidden()                                    {}
func (l *Level) UnmarshalText(b []byte) error         { return nil }
func (l *Level) Scan(src any) error                   { return nil }
func (r Record) Validate() error                      { return nil }
func (r Record) ValidateOn(day string) error          { return nil }
func (r *Record) UnmarshalJSON(b []byte) error        { return nil }
func (r Record) String() string                       { return "" }
