package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines. goc's Map is a mutex around a map (gc's keeps a lock-free
// read-only part; that needs atomic.Pointer and more of the runtime).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is
// present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise,
// it stores and returns the given value. The loaded result is true if the
// value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	if v, ok := m.m[key]; ok {
		m.mu.Unlock()
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	m.mu.Unlock()
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Range calls f sequentially for each key and value present in the map. If
// f returns false, range stops the iteration. f runs without the lock held
// (on a snapshot), so it may call any method of m.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}
