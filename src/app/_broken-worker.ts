// A stand-in analysis thread that fails while loading, as one would without its models (pool tests).
throw new Error('models/ner.bin is unreadable');
