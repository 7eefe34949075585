// The Catch2 runner for every unit test; nothing else belongs here.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
