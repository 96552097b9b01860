package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. goc's Pool is a mutex-protected stack (gc's has per-P caches
// and is emptied by the collector; goc has neither yet).
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller; if there is none, the result of p.New (or
// nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
