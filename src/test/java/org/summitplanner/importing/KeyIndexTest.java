package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The import's index of keys seen earlier in the file: first row kept, every key told apart, through growth. */
class KeyIndexTest {

    @Test
    void theFirstRowOfAKeyIsKept() {
        KeyIndex index = new KeyIndex();
        assertEquals(0, index.get("anna@example.org"));
        assertEquals(0, index.putIfAbsent("anna@example.org", 3));
        assertEquals(3, index.putIfAbsent("anna@example.org", 9), "a later row does not replace the first");
        assertEquals(3, index.get("anna@example.org"));
        assertEquals(0, index.get("Anna@example.org"), "keys are compared exactly (callers fold them)");
        assertEquals(0, index.putIfAbsent("", 0), "0 looks up without recording");
        assertEquals(0, index.get(""));
        assertEquals(0, index.putIfAbsent("", 5));
        assertEquals(5, index.get(""), "the empty key is a key");
        assertEquals(2, index.size());
    }

    @Test
    void anEqualStringThatIsAnotherObjectIsTheSameKey() {
        KeyIndex index = new KeyIndex();
        String key = "given|family|FR";
        assertEquals(0, index.get(key));
        assertEquals(0, index.putIfAbsent(key, 4), "the same object looked up, then recorded");
        assertEquals(4, index.get(new String(key.toCharArray())));
        assertEquals(0, index.get(new String("given|family|BE".toCharArray())));
        assertEquals(4, index.putIfAbsent(new StringBuilder("given|").append("family|FR").toString(), 8));
        assertEquals(0, index.putIfAbsent("other", 9));
        assertEquals(4, index.get(key), "the last key hashed changes: the first is still found");
    }

    @Test
    void keysThatDifferOnlyOutsideAsciiOrInOrderAreApart() {
        KeyIndex index = new KeyIndex();
        String[] keys = {"noelle|martin|FR", "noëlle|martin|FR", "noelle|martin|BE", "martin|noelle|FR",
                "東京|山田|JP", "東京|山田|JP ", "ab", "ba", "\u0000", "\u0000\u0000"};
        for (int i = 0; i < keys.length; i++) {
            assertEquals(0, index.putIfAbsent(keys[i], i + 1), keys[i]);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i + 1, index.get(keys[i]), keys[i]);
        }
    }

    @Test
    void aMillionKeysThroughEveryGrowth() {
        KeyIndex index = new KeyIndex();
        int n = 1_000_000;
        for (int i = 1; i <= n; i++) {
            assertEquals(0, index.putIfAbsent("person" + i + "@example.org", i));
        }
        assertEquals(n, index.size());
        for (int i = 1; i <= n; i++) {
            if (index.get("person" + i + "@example.org") != i) {
                throw new AssertionError("row of person" + i + " is " + index.get("person" + i + "@example.org"));
            }
        }
        assertEquals(0, index.get("person0@example.org"));
        assertEquals(0, index.get("person" + (n + 1) + "@example.org"));
    }
}
