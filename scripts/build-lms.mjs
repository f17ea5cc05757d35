console.log('LMS kits: not built yet');
