# Writes OUTPUT, a C++ file defining `const char SYMBOL[]` with the bytes of
# INPUT, so the single gongkai binary carries its data files (the
# administrative division codes) and needs nothing beside it.
#   cmake -DINPUT=… -DOUTPUT=… -DSYMBOL=… -P cmake/embed-text.cmake
file(READ "${INPUT}" text)
# A raw string cannot hold its own closing delimiter; the data never does.
string(FIND "${text}" ")gongkai\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )gongkai\"")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed-text.cmake; do not edit.\nextern const char ${SYMBOL}[];\nconst char ${SYMBOL}[] = R\"gongkai(${text})gongkai\";\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
