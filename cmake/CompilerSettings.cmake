# Warnings, sanitizers and Qt strictness shared by every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wshadow=local)
else()
    add_compile_options(-Wshadow-uncaptured-local)
endif()
if(RA_WARNINGS_AS_ERRORS)
    add_compile_options(-Werror)
endif()

add_compile_definitions(
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)

if(RA_SANITIZE)
    set(RA_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_compile_options(${RA_SANITIZER_FLAGS})
    add_link_options(${RA_SANITIZER_FLAGS})
endif()
