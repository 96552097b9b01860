module example.com/nonlocal

go 1.19
