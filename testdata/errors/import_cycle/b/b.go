package b

import "example.com/cycle/a" // ERROR "import cycle not allowed"

var B = a.A
